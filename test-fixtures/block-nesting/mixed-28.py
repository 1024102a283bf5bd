async def g():
 async for x in y:
  try:
   try:
    pass
   except* E:
    try:
     with x, z:
      try:
       try:
        for x in y:
         try:
          if x:
           if x:
            try:
             while x:
              try:
               try:
                if a: break
                a = [x async for x in y]
               finally:
                for x in y: pass
              except E:
               pass
              finally:
               pass
            except* E:
             pass
         except E:
          pass
       finally:
        pass
      finally:
       pass
    except E:
     pass
    finally:
     pass
  except E:
   pass
