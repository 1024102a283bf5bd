async def g():
 try:
  pass
 except* E:
  match x:
   case 1:
    match x:
     case 1:
      try:
       pass
      except E:
       for x in y:
        pass
       else:
        while x:
         try:
          try:
           pass
          finally:
           for x in y:
            pass
           else:
            try:
             pass
            except E:
             with x:
              try:
               with x, z:
                async for x in y:
                 try:
                  pass
                 except E:
                  pass
              except E:
               pass
              finally:
               pass
         finally:
          pass
