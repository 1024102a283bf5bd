async def g():
 try:
  pass
 except E:
  pass
 else:
  try:
   if a: return x
   match x:
    case 1:
     with x, z:
      for x in y:
       pass
      else:
       try:
        pass
       except E as e:
        while x:
         try:
          if a: break
          try:
           pass
          except E:
           pass
          else:
           try:
            pass
           except E:
            for x in y:
             while x:
              try:
               if a: break
               try:
                pass
               except* E:
                a = [x async for x in y]
              finally:
               for x in y: pass
         finally:
          for x in y: pass
  finally:
   for x in y: pass
